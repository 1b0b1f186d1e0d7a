/**
 * The tab's one error boundary: whatever a screen throws is shown as the Dutch (or English) message
 * for its KompasError code, with a way to try again; never as `error.message`.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorNotice } from '../features/common/ErrorNotice.tsx';
import { useT } from './i18n.ts';

interface Props {
  readonly children: ReactNode;
  /** Errors go here too (main.tsx logs them for diagnostics). */
  readonly onError?: (error: unknown, info: ErrorInfo) => void;
  /** A change of this key (another screen) clears the error. */
  readonly resetKey?: string;
}

interface State {
  readonly error: unknown;
  readonly failed: boolean;
  readonly resetKey: string | undefined;
}

function Fallback({ error, onRetry }: { readonly error: unknown; readonly onRetry: () => void }) {
  const t = useT();
  return <ErrorNotice error={error} title={t('tab.error.title')} onRetry={onRetry} />;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey !== state.resetKey)
      return { error: undefined, failed: false, resetKey: props.resetKey };
    return null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError?.(error, info);
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return (
        <Fallback
          error={this.state.error}
          onRetry={() => this.setState({ error: undefined, failed: false })}
        />
      );
    }
    return this.props.children;
  }
}
