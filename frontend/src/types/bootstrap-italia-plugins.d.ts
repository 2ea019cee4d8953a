// Bootstrap Italia's plugins register their data API (`data-bs-toggle`) when imported. The package's
// own types are only reachable from its root entry, which would bundle every plugin (video player included).
declare module 'bootstrap-italia/dist/plugins/navbar-collapsible.js' {
  export default class NavBarCollapsible {
    static getInstance(element: Element): NavBarCollapsible | null;
    hide(): void;
  }
}
