/** Modules made by the site's own integrations. */
declare module 'virtual:ept/entry-history' {
  const history: import('./integrations/entry-history.ts').EntryHistory;
  export default history;
}
