import { Component, type ErrorInfo, type ReactNode } from 'react';

type RegionErrorBoundaryProps = { fallback: ReactNode; children: ReactNode };

/**
 * Keeps a failing region (the video, the notes) from taking the whole page down: the rest of
 * the session page stays usable and the region shows its fallback.
 */
export class RegionErrorBoundary extends Component<RegionErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('A region of the page failed', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
