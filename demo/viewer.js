// The deep-zoom demo: OpenSeadragon on a canvas over the test-split mosaic. Exposes
// `window.demoViewer` so tests (and curious users) can go to a known-class area and find
// where it is on screen.
(async () => {
  const layout = await (await fetch('/demo/mosaic/mosaic.json')).json();
  const viewer = OpenSeadragon({
    id: 'viewer',
    prefixUrl: '/vendor/openseadragon/images/',
    tileSources: { type: 'image', url: '/demo/mosaic/mosaic.jpg', buildPyramid: true },
    drawer: 'canvas',
    showNavigationControl: false,
    visibilityRatio: 0.2,
  });
  await new Promise((resolve) => viewer.addOnceHandler('open', resolve));
  const area = (label) => layout.mosaic.areas.find((a) => a.label === label);

  /** Centres an area at `zoom` screen pixels per image pixel (1 = the tiles' own size). */
  function showArea(label, zoom = 1) {
    const vp = viewer.viewport;
    if (!label) return vp.goHome(true);
    const a = area(label);
    vp.zoomTo(vp.imageToViewportZoom(zoom), null, true);
    vp.panTo(vp.imageToViewportCoordinates(a.x + a.width / 2, a.y + a.height / 2), true);
  }

  /** An area's rectangle in viewport CSS pixels (clipped to the viewer). */
  function areaOnScreen(label) {
    const a = area(label);
    const vp = viewer.viewport;
    const p0 = vp.imageToViewerElementCoordinates(new OpenSeadragon.Point(a.x, a.y));
    const p1 = vp.imageToViewerElementCoordinates(new OpenSeadragon.Point(a.x + a.width, a.y + a.height));
    const box = viewer.element.getBoundingClientRect();
    const x0 = Math.max(box.left, box.left + p0.x);
    const y0 = Math.max(box.top, box.top + p0.y);
    const x1 = Math.min(box.right, box.left + p1.x);
    const y1 = Math.min(box.bottom, box.top + p1.y);
    return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  }

  /** Resolves once every tile of the current view is drawn. */
  function whenDrawn() {
    return new Promise((resolve) => {
      let calm = 0;
      const check = () => {
        const item = viewer.world.getItemAt(0);
        calm = item && item.getFullyLoaded() && !viewer.world.needsDraw() ? calm + 1 : 0;
        if (calm >= 5) resolve(true);
        else requestAnimationFrame(check);
      };
      check();
    });
  }

  for (const button of document.querySelectorAll('button[data-area]')) {
    button.addEventListener('click', () => showArea(button.dataset.area || null, 1));
  }
  window.demoViewer = { layout, viewer, showArea, areaOnScreen, whenDrawn };
  await whenDrawn();
  document.body.dataset.ready = 'true';
})();
