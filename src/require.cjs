// playbook-align is an ES module. Node 20 cannot require() one, so say so plainly instead of
// ERR_PACKAGE_PATH_NOT_EXPORTED.
throw new Error(
  "playbook-align is an ES module: use `import { check } from 'playbook-align'`, or `await import('playbook-align')` from CommonJS. require() is not supported.",
);
