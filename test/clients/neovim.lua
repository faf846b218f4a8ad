-- Run by test/clients/neovim.test.ts in a headless Neovim 0.7 (Debian's): starts align lsp on a
-- playbook with vim.lsp.start_client and attaches it to a tactics file (vim.lsp.start arrived in
-- 0.8), reads the diagnostics Neovim received, chooses a quick fix through vim.lsp.buf.code_action
-- as a user would (vim.ui.select answered with the fix's title), and writes what it saw as JSON.
local out = {}
local function finish()
  local f = io.open(vim.env.ALIGN_RESULT, 'w')
  f:write(vim.fn.json_encode(out))
  f:close()
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.ALIGN_PLAYBOOK .. '/tactics/a.yaml'))
  local buf = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'align',
    cmd = { vim.env.ALIGN_NODE, vim.env.ALIGN_BIN, 'lsp', '--stdio' },
    root_dir = vim.env.ALIGN_PLAYBOOK,
    init_options = { debounce = 0 },
  })
  out.attached = vim.lsp.buf_attach_client(buf, client_id)

  local function settled(pred)
    return vim.wait(30000, pred, 20)
  end
  local function diagnostics()
    local list = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      local related = {}
      for _, r in ipairs((d.user_data and d.user_data.lsp and d.user_data.lsp.relatedInformation) or {}) do
        table.insert(related, { uri = r.location.uri, line = r.location.range.start.line, message = r.message })
      end
      table.insert(list, {
        line = d.lnum, col = d.col, end_line = d.end_lnum, end_col = d.end_col,
        severity = d.severity, code = d.code, source = d.source, message = d.message, related = related,
      })
    end
    table.sort(list, function(a, b) return a.line < b.line or (a.line == b.line and (a.col < b.col or (a.col == b.col and a.code < b.code))) end)
    return list
  end
  local function has(code, needle)
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.code == code and (needle == nil or d.message:find(needle, 1, true)) then return d end
    end
    return nil
  end

  out.received = settled(function() return has('unknown-reference', 'grwo-retention') ~= nil end)
  out.before = diagnostics()

  -- The cursor on the misspelt objective; the user picks the fix from the code action menu.
  local typo = has('unknown-reference', 'grwo-retention')
  vim.api.nvim_win_set_cursor(0, { typo.lnum + 1, typo.col })
  out.offered = {}
  vim.ui.select = function(items, opts, on_choice)
    for _, item in ipairs(items) do
      local title = opts.format_item(item)
      table.insert(out.offered, title)
    end
    for _, item in ipairs(items) do
      if opts.format_item(item) == vim.env.ALIGN_CHOOSE then return on_choice(item) end
    end
    on_choice(nil)
  end
  vim.lsp.buf.code_action()
  out.applied = settled(function() return vim.api.nvim_buf_get_lines(buf, 7, 8, false)[1]:find('grow-retention', 1, true) ~= nil end)
  out.fixed = settled(function() return has('unknown-reference', 'grwo-retention') == nil end)
  out.lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  out.after = diagnostics()
  out.modified = vim.api.nvim_buf_get_option(buf, 'modified')
end)
if not ok then out.error = tostring(err) end
finish()
