// Excalidraw loads its fonts at run time from a CDN unless told where they are. The build copies them
// into /excalidraw-assets/ (apps/web/build/excalidraw-assets.ts), and this is set before Excalidraw's
// module runs, so a whiteboard makes no request beyond our own origin.
declare global {
  interface Window {
    EXCALIDRAW_ASSET_PATH?: string | string[];
  }
}

export const EXCALIDRAW_ASSET_PATH = "/excalidraw-assets/";

export function pointExcalidrawAtSelfHostedAssets(): void {
  window.EXCALIDRAW_ASSET_PATH = EXCALIDRAW_ASSET_PATH;
}
