/** `/daten/*.csv`: the open-data files with this extension (see `utils/open-data.ts`). */
import { openDataRoute } from '../../utils/open-data.ts';

export const { getStaticPaths, GET } = openDataRoute('csv');
