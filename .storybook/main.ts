/**
 * Storybook's build and dev-server configuration: the stories and the introduction, the docs
 * addon (the `autodocs` tag needs it), the dataset and the embed builder served beside the preview, a single copy of
 * Lit in the preview, and none of Storybook's onboarding.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';
import { existsSync } from 'node:fs';

/** Lit's packages: the preview must load each of them once. */
const LIT_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context'];

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs'],
  // Serves data/visit.json beside iframe.html, in `storybook dev` and in the static build alike,
  // for the <visit-data src> story, which asks for it by a relative URL.
  // The embed builder (demo/builder.html), which the introduction links to, with the CDN build
  // and the builder's script it loads: only once `npm run build` has made them, so that
  // `npm start` on a fresh clone still starts (the builder then says it needs the build).
  staticDirs: [
    { from: '../data', to: '/data' },
    { from: '../demo', to: '/demo' },
    ...['cdn', 'demo']
      .filter((dir) => existsSync(new URL(`../dist/${dir}`, import.meta.url)))
      .map((dir) => ({ from: `../dist/${dir}`, to: `/dist/${dir}` })),
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The manager's icon for the preview too, which has none, so the browser does not ask for
  // /favicon.ico: a 404 in every story, and outside the site when it is served under a sub-path.
  previewHead: (head) => `${head}<link rel="icon" type="image/svg+xml" href="./favicon.svg" />`,
  // The checklist widget in the sidebar and the "Onboarding guide" in the settings menu.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  docs: {},
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      resolve: { dedupe: LIT_PACKAGES },
      // The dev server pre-bundles `lit` for the stories but serves the renderer
      // (@storybook/web-components) as it is, and the renderer imports lit/directive-helpers.js,
      // which was not pre-bundled: that pulled in a second, unbundled lit-html ("Multiple
      // versions of Lit loaded"). Pre-bundling it too puts it on the same lit-html.
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
    });
  },
};
export default config;
