/// <reference lib="webworker" />
import { prepareStory } from './prepare-story.ts';

/** Compiling and exploring a story takes a while: it happens here, off the page's thread. */
self.onmessage = async (event: MessageEvent<{ fileName: string; source: string; id: string }>) => {
  const { fileName, source, id } = event.data;
  try {
    self.postMessage(await prepareStory(fileName, source, id));
  } catch (error) {
    self.postMessage({
      module: null,
      messages: [`${fileName}: error: ${error instanceof Error ? error.message : String(error)}`],
      errors: 1,
    });
  }
};
