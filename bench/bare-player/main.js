// A minimal Ink web player modeled on the structure of Inky's web export (main.js): no build step,
// no framework. The bench finds its paragraphs by [data-para], its choices by [data-choice] and
// the story's end by body[data-ended].
(() => {
  /* global inkjs, storyContent */
  const story = new inkjs.Story(storyContent);
  const container = document.getElementById('story');

  function continueStory() {
    let last = null;
    while (story.canContinue) {
      const text = story.Continue();
      if (text.trim() === '') continue;
      const p = document.createElement('p');
      p.textContent = text;
      p.setAttribute('data-para', '');
      container.appendChild(p);
      last = p;
    }
    story.currentChoices.forEach((choice) => {
      const p = document.createElement('p');
      p.className = 'choice';
      const a = document.createElement('a');
      a.href = '#';
      a.textContent = choice.text;
      a.setAttribute('data-choice', String(choice.index));
      a.addEventListener('click', (event) => {
        event.preventDefault();
        for (const old of container.querySelectorAll('.choice')) old.remove();
        story.ChooseChoiceIndex(choice.index);
        continueStory();
      });
      p.appendChild(a);
      container.appendChild(p);
    });
    if (story.currentChoices.length === 0) {
      const end = document.createElement('p');
      end.className = 'end';
      end.textContent = 'The end.';
      container.appendChild(end);
      document.body.dataset.ended = 'true';
    }
    (last ?? container.lastElementChild)?.scrollIntoView({ block: 'nearest' });
  }

  continueStory();
})();
