// html-validate over the built pages (npm run test:html): the recommended preset, with only the
// rules below turned off, each for the reason given.
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Svelte's server renderer writes void elements self-closed (`<input … />`) and Astro writes
    // them without the slash; both are valid HTML syntax, and the markup is generated, so a
    // single hand-writing style cannot be chosen.
    'void-style': 'off',
    // Likewise for boolean attributes: Svelte writes `disabled=""`, Astro writes `hidden`. Both
    // are the valid forms the HTML standard gives for a boolean attribute.
    'attribute-boolean-style': 'off',
  },
};
