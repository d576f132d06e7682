// The presenter window: what the trainer sees and the room does not (built in issue 5).
const root = document.getElementById('presenter');
if (root) root.textContent = 'Presenter';
