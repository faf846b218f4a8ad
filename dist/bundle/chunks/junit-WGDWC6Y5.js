import { createRequire as __alignRequire } from 'node:module'; const require = __alignRequire(import.meta.url);
import{d as n}from"./chunk-N3DGCN4Q.js";import"./chunk-MC6DRFHS.js";function h(r){let $=[...new Set([...r.files,...r.findings.map(e=>e.file)])].sort(),g=[...new Set([...r.rules.map(e=>e.id),...r.findings.map(e=>e.ruleId)])],l=new Map;for(let e of r.findings){let t=`${e.file}\0${e.ruleId}`,i=l.get(t);i?i.push(e):l.set(t,[e])}let f=0,m=0,u=[];for(let e of $){let t=[],i=0;for(let a of g){let o=l.get(`${e}\0${a}`)??[];if(o.length){i++;let p=o.some(s=>s.severity==="error")?"error":o.some(s=>s.severity==="warning")?"warning":"info",c=o.map(s=>`${s.file}:${s.line}:${s.column} ${s.severity} ${s.message}`).join(`
`);t.push(`    <testcase name="${n(a)}" classname="${n(e)}" time="0"><failure type="${p}" message="${o.length} finding${o.length===1?"":"s"}">${n(c)}</failure></testcase>`)}else t.push(`    <testcase name="${n(a)}" classname="${n(e)}" time="0"/>`)}f+=t.length,m+=i,u.push(`  <testsuite name="${n(e)}" tests="${t.length}" failures="${i}" errors="0" skipped="0" time="0">
${t.join(`
`)}
  </testsuite>`)}return`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="playbook-align" tests="${f}" failures="${m}" errors="0" time="0">
${u.join(`
`)}
</testsuites>
`}export{h as junit};
