// Builds the data:, blob: and cross-origin variants of the sample images at run time.
(async () => {
  const dataImg = document.getElementById('data-url');
  const blob = await (await fetch('/images/squamous_cell_carcinoma-lungscc2446.jpg')).blob();
  dataImg.src = await new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.readAsDataURL(blob);
  });
  const blobImg = document.getElementById('blob-url');
  blobImg.src = URL.createObjectURL(await (await fetch('/images/adenocarcinoma-lungaca2249.jpg')).blob());
  document.getElementById('cross-origin').src = `${window.DEMO_CROSS_ORIGIN}/images/benign-lungn726.jpg`;
  document.getElementById('cross-origin-scc').src = `${window.DEMO_CROSS_ORIGIN}/images/squamous_cell_carcinoma-lungscc942.jpg`;
  document.body.dataset.ready = 'true';
})();
