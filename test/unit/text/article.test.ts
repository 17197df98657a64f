import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { takesAn } from '../../../src/core/text/article';

test('an invitation, an application, an onPremises..., a user, a unifiedRoleAssignment, a oneNote, a group, an unknown', () => {
  for (const w of ['invitation', 'application', 'event', 'onPremisesPublishingProfile', 'unknownThing', 'update']) assert.equal(takesAn(w), true, w);
  for (const w of ['user', 'unifiedRoleAssignment', 'oneNote', 'group', 'team', 'usedInsight']) assert.equal(takesAn(w), false, w);
});
