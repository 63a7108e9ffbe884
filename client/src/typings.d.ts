/** SVG icons are bundled as text (angular.json `loader`), so only the icons used ship. */
declare module '*.svg' {
  const content: string;
  export default content;
}
