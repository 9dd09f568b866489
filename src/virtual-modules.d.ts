/** Modules made by the site's own integrations. */
declare module 'virtual:ept/entry-history' {
  const history: import('./integrations/entry-history.ts').EntryHistory;
  export default history;
}

declare module 'virtual:ept/checked-content' {
  /** Every entry the content check passed: its frontmatter as the schemas read it, and its body links. */
  const entries: import('./lib/graph.ts').AnyGraphInput[];
  export default entries;
}
