// The one-line embed: <script src="https://booking.example.com/assets/embed.js" async></script>
// puts the booking page in an iframe right after the script tag and keeps the iframe as tall as
// the page inside it. data-path picks a page ("/book/consult?duration=30"), data-title names the
// frame for screen readers. It reads only the height messages of its own frame.
(() => {
  const script = document.currentScript;
  if (!script) return;
  const origin = new URL(script.src).origin;
  const path = script.dataset.path && script.dataset.path.startsWith('/') ? script.dataset.path : '/';
  const frame = document.createElement('iframe');
  frame.src = origin + path;
  frame.title = script.dataset.title || 'Book a meeting';
  frame.loading = 'lazy';
  frame.style.cssText = 'width:100%;border:0;height:1200px;display:block';
  script.after(frame);
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    if (!data || data.type !== 'booking:height' || !Number.isFinite(data.height)) return;
    frame.style.height = `${Math.max(200, Math.ceil(data.height))}px`;
  });
})();
