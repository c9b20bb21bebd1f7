// renderer: placeholder page until the real UI lands; shows the app name and which platform it runs on.
import { getPlatform } from './platform/get-platform.ts';

export function App() {
  const platform = getPlatform();
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: 24 }}>
      <h1>Onetime Scheduler</h1>
      <p>
        Running in: <strong data-testid="platform-kind">{platform.kind}</strong>
      </p>
    </main>
  );
}
