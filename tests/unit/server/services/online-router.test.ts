import { InProcessOnlineMessageRouter } from '../../../../server/services/online-router';
import { onlineMessageRouterContract } from '../../../contracts/server/online-router.contract';

onlineMessageRouterContract('in process', () =>
  Promise.resolve({ router: new InProcessOnlineMessageRouter(), close: () => Promise.resolve() }),
);
