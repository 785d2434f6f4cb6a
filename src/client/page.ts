/**
 * The one script file every page loads (a module, cached once for the whole site): the search
 * button and its shortcuts (search/entry.ts), and the reading aids of pages with a sidebar and a
 * table of contents (page-nav.ts, which does nothing on a page without them).
 */
import './search/entry.ts';
import './page-nav.ts';
