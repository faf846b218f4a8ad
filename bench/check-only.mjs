// The check without a report: the library's check() on a strategy and tactics files, with the
// CLI's collections between stages (memory.ts). The bench times it beside `align check -f json`
// to split peak memory between checking and reporting.
import { check } from '../dist/index.js';
import { collectBetweenStages } from '../dist/memory.js';

collectBetweenStages();
const [strategy, ...tactics] = process.argv.slice(2);
const r = check({ strategy, tactics, today: '2026-11-22', maxFileSize: 100 * 1024 * 1024 });
if (r.inputError) process.exitCode = 2;
