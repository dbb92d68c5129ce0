import { Component, type ReactNode } from 'react';
import { ErrorScreen } from '../components/ui/error-screen';

/** Catches render and data errors below it and shows the error screen with a retry. */
export class ErrorBoundary extends Component<
  { children: ReactNode; onReset: () => void },
  { error: unknown }
> {
  override state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <ErrorScreen
        error={this.state.error}
        onRetry={() => {
          this.props.onReset();
          this.setState({ error: null });
        }}
      />
    );
  }
}
