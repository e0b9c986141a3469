// A page that cleans the text named by `?text=` twice: whole with `clean`, and as it downloads through
// `createCleanStream`. `data-state` on the body says when it is done, or that it failed.
import { clean, createCleanStream } from 'vn-clean';

async function readAll(stream) {
  let text = '';
  for (const reader = stream.getReader(); ; ) {
    const { done, value } = await reader.read();
    if (done) return text;
    text += value;
  }
}

async function cleanNamedText() {
  const url = new URL(new URLSearchParams(location.search).get('text'), location.href);
  const whole = await (await fetch(url)).text();
  document.querySelector('#cleaned').textContent = clean(whole);
  const response = await fetch(url);
  document.querySelector('#streamed').textContent = await readAll(response.body.pipeThrough(createCleanStream()));
}

cleanNamedText().then(
  () => {
    document.body.dataset.state = 'done';
  },
  (error) => {
    document.querySelector('#error').textContent = String(error?.stack ?? error);
    document.body.dataset.state = 'failed';
  },
);
