import { Router } from 'express';
import { keptDrawFor, replayKeptDraw } from '../../../app/cycles/draw-reads';
import type { Services } from '../../../app/services';
import type { DrawReplayResponse, KeptDrawResponse } from '../../../contract/cycles';
import { callerOf } from '../../http/authenticate';
import { refuse } from '../guard';
import { readCycle } from './read';

/** The draw kept at commit, and its replay: reads only, nothing is written. */
export function drawRoutes(services: Services): Router {
  const router = Router();

  router.get('/cycles/:id/draw', async (req, res) => {
    const caller = callerOf(res);
    const cycle = await readCycle(services, req.params['id']);
    const kept = await keptDrawFor(services, caller.actor, cycle.record.id);
    if (!kept.ok) throw refuse(services, caller, `draw:${cycle.record.id}`, kept.error);
    const body: KeptDrawResponse = { draw: kept.value };
    res.json(body);
  });

  router.post('/cycles/:id/draw/replay', async (req, res) => {
    const caller = callerOf(res);
    const cycle = await readCycle(services, req.params['id']);
    const replayed = await replayKeptDraw(services, caller.actor, cycle.record.id);
    if (!replayed.ok) throw refuse(services, caller, `draw:${cycle.record.id}`, replayed.error);
    const body: DrawReplayResponse = replayed.value;
    res.json(body);
  });

  return router;
}
