/**
 * Bundled for Workers in place of "@react-email/render", which the resend SDK imports lazily, only to render a
 * `react:` email. Puls sends text and HTML it renders itself, so this never runs; it exists because the bundler
 * resolves the SDK's dynamic import and the package is not installed (see the alias in wrangler.toml).
 */
export function render(): never {
  throw new Error('React email rendering is not available in Puls');
}
