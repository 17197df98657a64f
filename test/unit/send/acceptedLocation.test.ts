import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { acceptedLocation, operationLocation } from '../../../src/core/send/waitForOperation';

const accepted = (location?: string, status = 202): { status: number; headers: Record<string, string> } => ({ status, headers: location ? { Location: location } : {} });

test('a 202\'s Location is offered to follow (Poll This Operation) whatever it names; a send waits by itself only for an operation resource', () => {
  const schema = 'https://graph.microsoft.com/v1.0/external/connections/contosohr/operations/795b0b0c';
  const monitor = 'https://contoso.sharepoint.com/_api/v2.0/monitor/4A3407B5';       // driveItem copy (docs: driveitem-copy)
  assert.equal(acceptedLocation(accepted(schema)), schema);
  assert.equal(operationLocation(accepted(schema)), schema);
  assert.equal(acceptedLocation(accepted(monitor)), monitor);
  assert.equal(operationLocation(accepted(monitor)), undefined);
  assert.equal(acceptedLocation(accepted(schema, 201)), undefined, 'only a 202 Accepted');
  assert.equal(acceptedLocation(accepted()), undefined);
  assert.equal(acceptedLocation({ status: 202, headers: { location: schema } }), schema, 'header names are case-insensitive');
});
