import { createRequire as __alignRequire } from 'node:module'; const require = __alignRequire(import.meta.url);
import{d as a,e as b,f as c,g as d}from"./chunk-CHNULOF5.js";import"./chunk-MC6DRFHS.js";export{a as TEXT_FIELDS,b as buildLexicon,d as readTactic,c as withTraits};
