import { createRequire as __alignRequire } from 'node:module'; const require = __alignRequire(import.meta.url);
import{a,b,c}from"./chunk-HUB5D4D2.js";import"./chunk-C4VPDFJ5.js";import"./chunk-MC6DRFHS.js";export{a as SCHEMA_KINDS,b as jsonSchema,c as schemaText};
