import { createRequire as __alignRequire } from 'node:module'; const require = __alignRequire(import.meta.url);
import{a as d,c as p}from"./chunk-HUB5D4D2.js";import"./chunk-C4VPDFJ5.js";import"./chunk-MC6DRFHS.js";import{existsSync as y,mkdirSync as h,writeFileSync as v}from"node:fs";import{dirname as c,join as r,relative as k,resolve as f,sep as a}from"node:path";import{fileURLToPath as g}from"node:url";function b(){let e=c(g(import.meta.url));for(let t=0;t<5;t++,e=c(e))if(y(r(e,"schemas","strategy.schema.json")))return r(e,"schemas");return f(c(g(import.meta.url)),"..","schemas")}function $(e){let t=b(),i=t.lastIndexOf(`${a}node_modules${a}`);if(i<0)return null;let s=t.slice(0,i);return/[\\/]_npx[\\/]/.test(t)||!(f(e)+a).startsWith(s+a)?null:t}var m=(e,t,i)=>{let s=k(e,r(t,`${i}.schema.json`)).split(a).join("/");return`# yaml-language-server: $schema=${s.startsWith(".")?s:`./${s}`}`},x=e=>`# strategy.yaml \u2014 what we sell, to whom, and how. Tactics are checked against it.
# The format is described in the playbook-align README ("The playbook format").
version: 1
name: Our FY strategy
owner: VP Sales
reviewed: ${e}            # when the strategy was last reassessed (YYYY-MM-DD)
review_every: quarterly         # 30d, 6w, 3m, 1y, monthly, quarterly or yearly

# premium = we never compete on price; mainstream; value = low cost to serve.
positioning:
  tier: premium
  statement: The planning platform mid-market software companies trust.
  differentiators: [Forecasts within 3% of actuals]

pricing:
  max_discount: 10%             # the deepest discount any tactic may offer

# consultative, transactional, product-led, account-based or channel (one or a list).
motion: consultative

# Who we serve. Tactics name these ids under 'targets'.
ideal_customers:
  - id: midmarket-software
    segment: mid-market         # smb (<100 employees), mid-market (100-999), enterprise (1000+)
    industries: [software]

# Markets we deliberately say no to, each with the reason.
exclude:
  - id: public-sector
    industries: [public-sector]
    reason: Procurement cycles we cannot staff

value:
  outcomes:
    - statement: Cut monthly planning time by 40%
      measure: planning-hours

# Where we are going. Tactics name these ids under 'supports'.
objectives:
  - id: win-rate
    statement: Raise win rate on qualified opportunities to 30% within two years
    horizon: long-term          # long-term, annual or quarterly
    metrics: [win-rate]

metrics: [win-rate, qualified-opportunities]

# Lines no tactic may cross, in the rule language (see 'align explain guardrail').
guardrails:
  - id: no-sms
    forbid: { channel: sms }
    reason: Our buyers treat text messages as spam
`,j=`# tactics.yaml \u2014 how we sell. 'align check' compares every tactic with the strategy.
version: 1
tactics:
  - id: discovery-call                  # unique across all tactics files
    name: Planning pain discovery
    kind: discovery                     # outreach-sequence, demo, pricing, closing, promotion, \u2026
    channel: phone
    targets: [midmarket-software]       # ideal_customers ids, or an inline audience
    supports: [win-rate]                # objective ids
    # Descriptions and messaging are read for traits: discounts, pressure, mass outreach\u2026
    description: Discovery call on how planning runs today, tailored to the VP Finance.
    metrics: [qualified-opportunities]  # outcome metrics, not just activity

  - id: tailored-demo
    name: Demo on their own numbers
    kind: demo
    targets: [midmarket-software]
    supports: [win-rate]
    description: A demo built from the discovery notes, tailored to their planning cycle.
    metrics: [win-rate]
`,q=`# align.config.yaml \u2014 how 'align check' runs here. Every key is optional.
strategy: strategy.yaml
tactics: tactics.yaml                   # a file, a folder, or a list of them

rules:
  # Make a rule stricter or quieter: error, warning, info or off ('align rules' lists them).
  consultative-fit: info

lexicon:
  # Phrases your team uses that signal a trait, e.g. discount: [loyalty credit]
  discount: []
`;function M(e,t){h(e,{recursive:!0});let i=$(e),s=i??r(e,"schemas"),u=[["strategy.yaml",`${m(e,s,"strategy")}
${x(t.today)}`],["tactics.yaml",`${m(e,s,"tactics")}
${j}`],["align.config.yaml",`${m(e,s,"config")}
${q}`]];if(!i)for(let o of d)u.push([r("schemas",`${o}.schema.json`),p(o)]);let l={written:[],skipped:[]};for(let[o,w]of u){let n=r(e,o);if(y(n)&&!t.force){l.skipped.push(n);continue}h(c(n),{recursive:!0}),v(n,w),l.written.push(n)}return l}export{M as init,b as schemasDir};
