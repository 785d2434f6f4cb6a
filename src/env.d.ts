/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Data and citation numbering for the data components (`<Cite>`, `<ComparisonTable>` ...) of the page being rendered. */
    page?: import('./model/page-context.ts').PageContext;
    /** Sidebar, breadcrumbs, table of contents and the rest of the page frame (src/model/use-route-data.ts). */
    route?: import('./model/route-data.ts').RouteData;
  }
}
