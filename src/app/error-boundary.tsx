import { Component, type ReactNode } from 'react';
import { ErrorScreen } from '../components/ui/error-screen';

interface Props {
  readonly children: ReactNode;
  readonly onReset: () => void;
  /** Wrap the error screen in <main>: for the outermost boundary, which replaces the page. */
  readonly landmark?: boolean;
}

/** Catches render and data errors below it and shows the error screen with a retry. */
export class ErrorBoundary extends Component<Props, { error: unknown }> {
  override state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    if (this.state.error === null) return this.props.children;
    const screen = (
      <ErrorScreen
        error={this.state.error}
        onRetry={() => {
          this.props.onReset();
          this.setState({ error: null });
        }}
      />
    );
    return this.props.landmark ? <main>{screen}</main> : screen;
  }
}
