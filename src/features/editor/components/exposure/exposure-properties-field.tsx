import { useEditorMode } from '../editor-context';
import { PropertyFiltersField } from '../fields/property-filters-field';

/** Property filters on the custom exposure event: "plan equals pro". */
export function ExposurePropertiesField() {
  const { readOnly } = useEditorMode();
  return <PropertyFiltersField name="exposureProperties" readOnly={readOnly} />;
}
