/// <reference lib="webworker" />
// The one worker module with @opgave/core: the pages' model and the scenario studio's. One module, so the
// site ships the core library once; each page starts its own instances.
import { handleScenarioRequest } from '$lib/scenario/scenario-handler';
import type { ScenarioRequest } from '$lib/scenario/scenario-types';
import { handleSiteRequest } from './site-model-handler';
import type { SiteRequest } from './site-types';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = ({ data: request }: MessageEvent<SiteRequest | ScenarioRequest>) => {
  if (request.type === 'site')
    void handleSiteRequest(request, (message, transfer = []) => scope.postMessage(message, transfer));
  else void handleScenarioRequest(request, (answer, transfer = []) => scope.postMessage(answer, transfer));
};
