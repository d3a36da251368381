import { render } from 'preact';
import '../../components/theme.css';

const root = document.getElementById('app');
if (root) render(<main>Journal</main>, root);
