import { render } from 'preact';
import '../../components/theme.css';
import { installTheme } from '../../components/theme';
import './popup.css';
import { App } from './App';
import { preloadWeekSummary } from './summary/WeekSummary';

preloadWeekSummary();
installTheme();
const root = document.getElementById('app');
if (root) render(<App tabId={readTabId()} />, root);

/** `popup.html?tabId=N` targets a tab explicitly (used when the popup is opened as a page). */
function readTabId(): number | undefined {
  const value = Number(new URLSearchParams(location.search).get('tabId'));
  return Number.isInteger(value) && value >= 0 && location.search.includes('tabId') ? value : undefined;
}
