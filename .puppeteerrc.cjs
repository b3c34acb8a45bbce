// Browsers come from the system (Debian chromium / firefox-esr, or an installed Chrome):
// puppeteer's own download is not reachable on every machine, and we test what users run.
module.exports = { skipDownload: true };
