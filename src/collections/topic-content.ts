import * as runtime from 'astro/jsx-runtime';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { posix } from 'node:path';
import { defineHastPlugin, mdxToJs } from 'satteri';
import { syntaxProblem } from '../problems/mdx-tree.ts';
import { formatProblem } from '../problems/problems.ts';

/** A heading of the page, as Astro's `render()` returns them: `## Kata Containers` is depth 2. */
export interface TopicHeading {
  depth: number;
  slug: string;
  text: string;
}

/** Components for `<Content components={...} />`: element overrides (`h2`, `a` ...) and the page's components. */
export type ContentComponents = Record<string, unknown>;

export interface RenderedTopic {
  /** The page body as a component, rendered by @astrojs/mdx's renderer like a compiled `.mdx` module. */
  Content: (props?: { components?: ContentComponents }) => unknown;
  headings: TopicHeading[];
}

type MdxModule = { default: (props: object) => unknown };

/** A path relative to the page (`./figure.png`), as opposed to a web address or a root-relative path. */
const isRelative = (src: string) => !/^([a-z][a-z\d+.-]*:|\/)/i.test(src);

/**
 * Markdown images next to the page (`![...](./figure.png)` in content/topics/x.mdx) get their
 * project path (`/content/topics/figure.png`), by which src/components/mdx/Img.astro finds the bundled file.
 */
const projectImagePaths = (file: string) =>
  defineHastPlugin({
    name: 'project-image-paths',
    element: {
      filter: ['img'],
      visit(node, ctx) {
        const src = node.properties?.['src'];
        if (typeof src !== 'string' || !isRelative(src)) return;
        ctx.setProperty(node, 'src', posix.join('/', posix.dirname(file), decodeURI(src)));
      },
    },
  });

/**
 * Compile a topic's MDX body and return what Astro's `render(entry)` returns for an `.mdx` entry.
 *
 * The compiler and its options are the ones @astrojs/mdx uses by default (Sätteri with GFM and smart
 * punctuation, Astro's heading-id plugin, HTML attribute names, the `astro` JSX runtime, static
 * subtrees collapsed into HTML strings), so the HTML is the same as from a bundled `.mdx` module.
 * Elements that `components` overrides (`h2`, `a`, `table` ...) are kept out of the collapsed HTML so
 * that the override renders them. The body is compiled to a function body and run with the same JSX
 * runtime the page uses: no module per page for Vite to bundle, write and import back.
 *
 * `body` is the topic's body as the collection keeps it, on the lines it has in the file, so a syntax
 * error is reported at its place in the file, in the words `npm run validate` uses.
 *
 * Topic pages hold Markdown, JSX and expressions only; `import` and `export` are rejected by
 * `npm run validate` (src/validation/checks/components-known.ts), since the body is not a module.
 */
export async function renderTopic(
  body: string,
  options: {
    /** Project-relative path of the page (`content/topics/containers.mdx`): images are found next to it. */
    file: string;
    frontmatter: Record<string, unknown>;
    components: ContentComponents;
  },
): Promise<RenderedTopic> {
  const astro = {
    frontmatter: options.frontmatter,
    headings: [] as TopicHeading[],
    localImagePaths: new Set<string>(),
    remoteImagePaths: new Set<string>(),
  };
  const overridden = Object.keys(options.components).filter((name) => /^[a-z]/.test(name));
  let compiled: { code: string };
  try {
    compiled = await mdxToJs(body, {
      hastPlugins: [projectImagePaths(options.file), satteriHeadingIdsPlugin()],
      features: { gfm: true, smartPunctuation: true },
      outputFormat: 'function-body',
      jsxImportSource: 'astro',
      elementAttributeNameCase: 'html',
      optimizeStatic: { component: 'Fragment', prop: 'set:html', ignoreElements: overridden },
      data: { astro },
    });
  } catch (error) {
    // Validation stops a build before this; `astro dev` shows it while the file is being edited.
    const problem = syntaxProblem(options.file, error);
    throw Object.assign(new Error(formatProblem(problem)), {
      loc: { file: problem.file, line: problem.line, column: problem.column },
    });
  }
  // The compiler's own output: a function body that takes the JSX runtime and returns the module.
  const mdx = new Function(compiled.code)(runtime) as MdxModule;
  const Content = (props: { components?: ContentComponents } = {}) =>
    mdx.default({ ...props, components: { Fragment: runtime.Fragment, ...options.components, ...props.components } });
  // The marks @astrojs/mdx puts on a compiled page (its `__astro_tag_component__(Content, 'astro:jsx')`
  // sets the renderer symbol), so that Astro renders the body with the MDX renderer.
  Object.assign(Content, {
    [Symbol.for('mdx-component')]: true,
    [Symbol.for('astro.needsHeadRendering')]: true,
    [Symbol.for('astro:renderer')]: 'astro:jsx',
  });
  return { Content, headings: astro.headings };
}
