/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Data and citation numbering for the data components (`<Cite>`, `<ComparisonTable>` ...) of the page being rendered. */
    page?: import('./model/page-context.ts').PageContext;
  }
}
