import { render } from 'preact';
import '../../components/theme.css';
import { installTheme } from '../../components/theme';
import './journal.css';
import { App } from './App';

installTheme();
const root = document.getElementById('app');
if (root) render(<App />, root);
