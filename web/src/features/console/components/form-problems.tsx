import { Alert } from '../../../lib/ui/alert.tsx';

/** A console form's problems, as the server explained them, read out when they appear. */
export function FormProblems({ messages }: { messages: readonly string[] }) {
  return (
    <div role="alert">
      {messages.map((message) => (
        <Alert key={message} type="error">
          {message}
        </Alert>
      ))}
    </div>
  );
}
