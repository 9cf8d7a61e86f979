import { multistream, pino, type Logger } from 'pino'
import { build } from 'pino-pretty'

/**
 * Payload's default logger (pino-pretty on stdout) with two changes: errors and fatals go
 * to stderr, and colours are used only on a terminal. Level: PAYLOAD_LOG_LEVEL (info).
 */
export const createLogger = (): Logger => {
  const pretty = (fd: 1 | 2) =>
    build({
      colorize: Boolean(fd === 1 ? process.stdout.isTTY : process.stderr.isTTY),
      destination: fd,
      ignore: 'pid,hostname',
      sync: true,
      translateTime: 'SYS:HH:MM:ss',
    })
  return pino(
    { level: process.env.PAYLOAD_LOG_LEVEL?.trim() || 'info', name: 'payload' },
    multistream(
      [
        { level: 'trace', stream: pretty(1) },
        { level: 'error', stream: pretty(2) },
      ],
      { dedupe: true },
    ),
  )
}
