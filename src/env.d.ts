/// <reference types="vite/client" />

declare module '*.ink' {
  import type { StoryModule } from './content/story-module.ts';

  const story: StoryModule;
  export default story;
}

declare module '*.ink?meta' {
  import type { StoryMeta } from './content/story-module.ts';

  const meta: StoryMeta;
  export default meta;
}
