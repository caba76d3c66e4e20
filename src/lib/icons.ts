/** The app icons listed in the web app manifest and drawn by src/pages/icons/[name].png.ts. */
export const ICONS = [
  { name: 'icon-192', size: 192, maskable: false },
  { name: 'icon-512', size: 512, maskable: false },
  { name: 'maskable-512', size: 512, maskable: true },
] as const;
export type Icon = (typeof ICONS)[number];
