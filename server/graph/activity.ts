import type { Client } from '@microsoft/microsoft-graph-client';
import { sendBatched, type BatchOptions } from './batch.js';

/** One notification for a person's Teams activity feed (FACTS 1.9). */
export interface ActivityNotification {
  recipientId: string;
  /** One of the activity types the app manifest declares. */
  activityType: string;
  /** The line Teams shows (it shows the first 150 characters). */
  previewText: string;
  /** What the notification is about: a text, and the link Teams opens. */
  topic: { text: string; webUrl: string };
  /** The template's parameters, in order (`actor` is reserved by Teams for who acted). */
  parameters: Record<string, string>;
}

/**
 * Sends notifications to the activity feed in $batch envelopes; for each, whether Teams took it.
 * Inner 429s are sent again after their Retry-After; an envelope whose connection broke is not,
 * since a notification sent twice is seen twice.
 */
export async function sendActivityNotifications(
  client: Client,
  notifications: readonly ActivityNotification[],
  options: Pick<BatchOptions, 'sleep'> = {},
): Promise<boolean[]> {
  const answers = await sendBatched(
    client,
    notifications.map((n) => ({
      method: 'POST' as const,
      url: `/users/${n.recipientId}/teamwork/sendActivityNotification`,
      body: {
        topic: { source: 'text', value: n.topic.text, webUrl: n.topic.webUrl },
        activityType: n.activityType,
        previewText: { content: n.previewText },
        templateParameters: Object.entries(n.parameters).map(([name, value]) => ({ name, value })),
      },
    })),
    options,
  );
  return answers.map((a) => a.status === 204);
}
