/**
 * Finds and loads align.config.yaml and what it extends: paths, severity overrides, custom rules,
 * lexicon, metrics, segments, as written. What the config names is compiled by the stage it is for:
 * custom rules by the rules (rules/custom.ts), lexicon phrases by the traits (traits/index.ts).
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { closest, didYouMean } from '../suggest.js';
import { inputFinding, SEVERITY_OR_OFF } from '../types.js';
import { boundaryOf, inGit, realOf, realOrSelf, repositoryRoot, within } from './boundary.js';
import { locate } from './locate.js';
import { excerpt } from './quote.js';
import { configFile, DEFAULT_BANDS, ID_PATTERN, rulesetFile } from './schema.js';
import { DEFAULT_LIMITS, loadSource } from './source.js';
import { validate } from './validate.js';
export const CONFIG_NAMES = ['align.config.yaml', '.align.yaml'];
/** The nearest config file from `cwd` upwards, up to the repository's root (boundary.ts). */
export function findConfig(cwd) {
    const start = resolve(cwd);
    const top = repositoryRoot(start);
    for (let dir = start;; dir = dirname(dir)) {
        for (const name of CONFIG_NAMES) {
            const p = join(dir, name);
            if (existsSync(p) && statSync(p).isFile())
                return p;
        }
        if (dir === top || dirname(dir) === dir)
            return null;
    }
}
export const emptyConfig = (cwd) => ({
    file: null,
    dir: cwd,
    data: {},
    overrides: new Map(),
    customRules: [],
    lexicon: {},
    qualifiers: [],
    statistical: false,
    patterns: [],
    bands: DEFAULT_BANDS,
});
/** Why a path the config names may not be read (outside the repository, or in .git), or null when it may. */
function outsideFence(abs, fence) {
    const real = realOf(abs);
    if (inGit(real, fence))
        return "in the repository's .git folder, which align never reads";
    if (!within(real, fence.root))
        return `outside ${fence.repository ? 'the repository' : "the config's folder"}`;
    return null;
}
function validSections(raw) {
    const out = {};
    if (!raw || typeof raw !== 'object')
        return {};
    for (const [key, schema] of Object.entries(configFile.shape)) {
        const value = raw[key];
        if (value === undefined)
            continue;
        const r = schema.safeParse(value);
        if (r.success)
            out[key] = r.data;
    }
    return out;
}
/** The keys only the repository's own config may set: a shared config cannot know the playbook's files. */
const OWN_KEYS = ['strategy', 'tactics', 'baseline'];
/**
 * Where an `extends:` entry leads: a path (starting with `.` or `/`) from the config's folder, or
 * an npm package installed in a node_modules folder from there upwards: its `align.config.yaml`,
 * or the file named after the package (`@acme/align-config/strict.yaml`).
 */
function resolveShared(spec, dir) {
    if (spec.startsWith('.') || isAbsolute(spec))
        return { abs: resolve(dir, spec) };
    const m = /^((?:@[^/\\]+\/)?[^/\\@.][^/\\]*)(?:\/(.+))?$/.exec(spec);
    if (!m)
        return { error: `'${excerpt(spec)}' is neither a path (./shared.yaml) nor an npm package name (@acme/align-config)` };
    for (let d = dir;; d = dirname(d)) {
        const pkg = join(d, 'node_modules', m[1]);
        if (existsSync(join(pkg, 'package.json')))
            return { abs: join(pkg, m[2] ?? 'align.config.yaml') };
        if (dirname(d) === d)
            break;
    }
    return { error: `the package ${excerpt(m[1])} is not installed (npm install --save-dev ${excerpt(m[1])})` };
}
/** Loads a config file and, first, every config it extends; problems and sources go to `out`. */
function loadLayers(abs, display, limits, fence, out, read, chain = []) {
    const file = display(abs);
    const loaded = read(abs, file, limits);
    if (loaded.source)
        out.sources.push(loaded.source);
    out.problems.push(...loaded.problems);
    if (!loaded.source || loaded.problems.length || loaded.data === null || loaded.data === undefined)
        return [];
    const source = loaded.source;
    const v = validate(configFile, loaded.data, source, chain.length ? 'a shared configuration' : 'the checker configuration');
    out.problems.push(...v.problems);
    // When the file as a whole is invalid, keep checking the sections that are valid on their own,
    // so that one run reports every mistake in the config.
    const data = v.value ?? validSections(loaded.data);
    const layers = [];
    const real = realOrSelf(abs);
    const entries = data.extends === undefined ? [] : [].concat(data.extends);
    entries.forEach((spec, i) => {
        const at = locate(source, typeof data.extends === 'string' ? ['extends'] : ['extends', i]);
        const shared = resolveShared(spec, dirname(abs));
        if ('error' in shared) {
            out.problems.push(inputFinding('schema', at, `Cannot extend ${excerpt(spec)}: ${shared.error}.`));
            return;
        }
        // Outside the repository is refused before looking, so a pull request cannot probe the machine's files.
        const outside = outsideFence(shared.abs, fence);
        if (outside) {
            out.problems.push(inputFinding('schema', at, `Cannot extend ${excerpt(spec)}: it is ${outside}; install shared configs as a dependency of the repository.`));
            return;
        }
        if (!existsSync(shared.abs)) {
            out.problems.push(inputFinding('schema', at, `Cannot extend ${excerpt(spec)}: ${display(shared.abs)} does not exist.`));
            return;
        }
        const sharedReal = realOrSelf(shared.abs);
        if (sharedReal === real || chain.includes(sharedReal)) {
            out.problems.push(inputFinding('schema', at, `Cannot extend ${excerpt(spec)}: it extends ${file} in turn (a cycle).`));
            return;
        }
        // A config two others extend (a diamond) is one layer, applied where it first comes: read, and its mistakes reported, once.
        if (out.seen.has(sharedReal))
            return;
        out.seen.add(sharedReal);
        layers.push(...loadLayers(shared.abs, display, limits, fence, out, read, [...chain, real]));
    });
    if (chain.length) {
        for (const key of OWN_KEYS) {
            if (data[key] === undefined)
                continue;
            out.problems.push(inputFinding('schema', locate(source, [key], { key: true }), `A shared configuration cannot set ${key}: put it in the repository's own align.config.yaml.`));
            delete data[key];
        }
    }
    layers.push({ file, dir: dirname(abs), source, data });
    return layers;
}
/** The layers' data as one config: each key from the last layer that sets it; rules, lexicon and segments merged entry by entry. */
function merged(layers) {
    const data = {};
    for (const { data: d } of layers) {
        const { extends: _extends, rules: _rules, rulesets: _rulesets, lexicon, segments, metrics, notes: _notes, ...rest } = d;
        Object.assign(data, rest);
        if (lexicon) {
            const { qualifiers, ...traits } = lexicon;
            data.lexicon ??= {};
            if (qualifiers)
                data.lexicon.qualifiers = [...(data.lexicon.qualifiers ?? []), ...qualifiers];
            for (const [trait, phrases] of Object.entries(traits))
                data.lexicon[trait] = [...new Set([...(data.lexicon[trait] ?? []), ...phrases])];
        }
        if (segments)
            data.segments = { ...data.segments, ...segments };
        if (metrics)
            data.metrics = { ...data.metrics, ...metrics };
    }
    return data;
}
/**
 * Loads a config file, the configs it extends and their rulesets; `display` turns absolute paths
 * into what the user sees. Shared configs apply first, in the order `extends:` lists them, and
 * the file that extends them wins: a rule's severity, a custom rule of the same id, a metrics list.
 */
export function loadConfig(abs, cwd, display, limits = DEFAULT_LIMITS, builtinIds = [], read = loadSource) {
    const file = display(abs);
    const config = { ...emptyConfig(cwd), file, dir: dirname(abs) };
    const out = { sources: [], problems: [], seen: new Set() };
    const { sources, problems } = out;
    const fence = boundaryOf(config.dir);
    const layers = loadLayers(abs, display, limits, fence, out, read);
    if (!layers.length)
        return { config, sources, problems };
    const data = merged(layers);
    config.data = data;
    const rulesIn = [];
    for (const layer of layers) {
        for (const [i, rel] of (layer.data.rulesets ?? []).entries()) {
            const rabs = resolve(layer.dir, rel);
            const rfile = display(rabs);
            if (!existsSync(rabs)) {
                problems.push(inputFinding('schema', locate(layer.source, ['rulesets', i]), `Ruleset file not found: ${rel} (looked for ${rfile}).`));
                continue;
            }
            // A ruleset comes from the config, which a pull request can change: it stays inside the repository and out of .git.
            const outside = outsideFence(rabs, fence);
            if (outside) {
                problems.push(inputFinding('schema', locate(layer.source, ['rulesets', i]), `Ruleset ${rel} is ${outside}; keep rulesets beside the config.`));
                continue;
            }
            const r = read(rabs, rfile, limits);
            if (r.source)
                sources.push(r.source);
            problems.push(...r.problems);
            if (!r.source || r.problems.length)
                continue;
            const rv = validate(rulesetFile, r.data, r.source, 'a ruleset (a rules: mapping)');
            problems.push(...rv.problems);
            if (rv.value)
                rulesIn.push({ file: rfile, source: r.source, rules: rv.value.rules });
        }
        if (layer.data.rules)
            rulesIn.push({ file: layer.file, source: layer.source, rules: layer.data.rules });
    }
    const own = layers[layers.length - 1];
    if (data.baseline !== undefined) {
        const babs = resolve(config.dir, data.baseline);
        const outside = outsideFence(babs, fence);
        if (outside)
            problems.push(inputFinding('schema', locate(own.source, ['baseline']), `The baseline ${data.baseline} is ${outside}; keep the baseline in the repository.`));
        else
            config.baseline = babs;
    }
    for (const { file: f, source, rules } of rulesIn) {
        for (const [id, entry] of Object.entries(rules)) {
            const path = ['rules', id];
            if (typeof entry === 'string') {
                const s = entry.trim().toLowerCase();
                if (!SEVERITY_OR_OFF.includes(s)) {
                    problems.push(inputFinding('schema', locate(source, path), `'${excerpt(entry)}' is not a severity for rule '${excerpt(id)}'.${didYouMean(s, SEVERITY_OR_OFF)} Use one of: ${SEVERITY_OR_OFF.join(', ')}.`, { suggestion: closest(s, SEVERITY_OR_OFF) }));
                    continue;
                }
                config.overrides.set(id, { severity: s, file: f, path });
            }
            else {
                if (!entry.forbid && !entry.require) {
                    problems.push(inputFinding('schema', locate(source, path, { key: true }), `Custom rule '${excerpt(id)}' needs a 'forbid' or a 'require' condition.`));
                    continue;
                }
                if (!ID_PATTERN.test(id)) {
                    problems.push(inputFinding('schema', locate(source, path, { key: true }), `Rule id '${excerpt(id)}' must be lower-case kebab-case.`));
                    continue;
                }
                if (builtinIds.includes(id)) {
                    problems.push(inputFinding('schema', locate(source, path, { key: true }), `Custom rule '${excerpt(id)}' has the id of a built-in rule; give it its own id.`));
                    continue;
                }
                // A custom rule of the same id in a later layer (the config that extends) replaces the earlier one.
                config.customRules = config.customRules.filter((r) => r.id !== id);
                config.overrides.delete(id);
                config.customRules.push({ id, data: entry, file: f, path });
                if (entry.severity === 'off')
                    config.overrides.set(id, { severity: 'off', file: f, path });
            }
        }
    }
    for (const layer of layers) {
        const { qualifiers = [], ...traits } = layer.data.lexicon ?? {};
        for (const [trait, phrases] of Object.entries(traits))
            phrases.forEach((pattern, i) => {
                config.patterns.push({ pattern, file: layer.file, path: ['lexicon', trait, i] });
            });
        qualifiers.forEach((q, i) => {
            q.patterns.forEach((pattern, j) => {
                config.patterns.push({ pattern, file: layer.file, path: ['lexicon', 'qualifiers', i, 'patterns', j] });
            });
        });
    }
    const { qualifiers = [], ...traits } = data.lexicon ?? {};
    config.lexicon = traits;
    config.qualifiers = qualifiers;
    config.statistical = data.reader?.statistical_check === true;
    if (data.segments)
        config.bands = { ...DEFAULT_BANDS, ...data.segments };
    return { config, sources, problems };
}
