import { createRequire as __alignRequire } from 'node:module'; const require = __alignRequire(import.meta.url);
var e={"yaml-syntax":"The file is not valid YAML.",schema:"A key, value or reference that the playbook format does not allow.",input:"A file that cannot be read (missing, a folder, not UTF-8)."},t={error:3,warning:2,info:1};export{e as a,t as b};
