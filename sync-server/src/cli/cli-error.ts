// Runs on the server (CLI). A problem the operator can fix; printed as one line, exit code 1.
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
