import { describe, expect, it } from 'vitest';
import { cssImports, pageAssets, staticImports } from './first-load.ts';

describe('pageAssets', () => {
  it('finds stylesheets, scripts and module preloads, whatever the attribute order', () => {
    const html = `<!doctype html><html><head>
      <link href="/_astro/a.css" rel="stylesheet">
      <link rel="icon" href="/favicon.svg">
      <link rel='modulepreload' href='/_astro/chunk.js'>
      <script type="module" src="/_astro/page.js"></script>
      <script>inline()</script>
      <link rel="stylesheet" href="/_astro/a.css">
      </head></html>`;
    expect(pageAssets(html)).toEqual({
      stylesheets: ['/_astro/a.css'],
      scripts: ['/_astro/chunk.js', '/_astro/page.js'],
    });
  });
  it('decodes &amp; in addresses', () => {
    expect(pageAssets('<link rel="stylesheet" href="/a.css?x=1&amp;y=2">').stylesheets).toEqual(['/a.css?x=1&y=2']);
  });
});

describe('staticImports', () => {
  it('follows minified static imports and re-exports but not dynamic imports', () => {
    const js = 'import{a as b}from"./chunk.js";import"./side.js";export*from"./re.js";const p=import("./lazy.js");';
    expect(staticImports(js)).toEqual(['./chunk.js', './side.js', './re.js']);
  });
});

describe('cssImports', () => {
  it('finds url() and plain @import forms', () => {
    expect(cssImports('@import url("base.css");@import "theme.css";a{color:red}')).toEqual(['base.css', 'theme.css']);
  });
});
