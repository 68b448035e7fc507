{{/* Names and labels, as `helm create` makes them. */}}
{{- define "ods.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "ods.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "ods.selectorLabels" -}}
app.kubernetes.io/name: {{ include "ods.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "ods.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "ods.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: over-de-schutting
{{- end }}

{{- define "ods.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "ods.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "ods.image" -}}
{{- $tag := default .Chart.AppVersion .Values.image.tag }}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository $tag }}
{{- end }}
{{- end }}

{{/* The Secret the app's secret settings come from. */}}
{{- define "ods.secretName" -}}
{{- default (include "ods.fullname" .) .Values.secrets.existingSecret }}
{{- end }}

{{/* More than one pod at some time: several replicas, or an autoscaler that adds them. */}}
{{- define "ods.multiInstance" -}}
{{- if or (gt (int .Values.replicaCount) 1) .Values.autoscaling.enabled }}true{{ end }}
{{- end }}

{{- define "ods.ingressHost" -}}
{{- default (urlParse .Values.publicUrl).host .Values.ingress.host }}
{{- end }}

{{/*
The settings that cannot work together, refused before anything is applied. Every template
that depends on them includes this, so `helm template` and `helm install` stop with the reason.
*/}}
{{- define "ods.validate" -}}
{{- $existing := .Values.secrets.existingSecret }}
{{- if include "ods.multiInstance" . }}
{{- if or (ne .Values.database.type "postgresql") (not .Values.redis.enabled) }}
{{- fail (printf "More than one replica (replicaCount %v, autoscaling.enabled %v) needs PostgreSQL and Redis: set database.type=postgresql (DATABASE_URL) and redis.enabled=true (REDIS_URL), in secrets.databaseUrl/secrets.redisUrl or in secrets.existingSecret. With the embedded SQLite file run one replica." .Values.replicaCount .Values.autoscaling.enabled) }}
{{- end }}
{{- end }}
{{- if not $existing }}
{{- if and (eq .Values.database.type "postgresql") (not .Values.secrets.databaseUrl) }}
{{- fail "database.type=postgresql needs DATABASE_URL: set secrets.databaseUrl, or secrets.existingSecret with a DATABASE_URL key." }}
{{- end }}
{{- if and .Values.redis.enabled (not .Values.secrets.redisUrl) }}
{{- fail "redis.enabled needs REDIS_URL: set secrets.redisUrl, or secrets.existingSecret with a REDIS_URL key." }}
{{- end }}
{{- if and (eq .Values.database.type "postgresql") (not .Values.secrets.sessionSecret) }}
{{- fail "With PostgreSQL every replica needs the same SESSION_SECRET (nothing keeps a generated one): set secrets.sessionSecret (openssl rand -base64 32), or secrets.existingSecret with a SESSION_SECRET key." }}
{{- end }}
{{- if and .Values.config.livekitUrl (or (not .Values.secrets.livekitApiKey) (not .Values.secrets.livekitApiSecret)) }}
{{- fail "config.livekitUrl needs LIVEKIT_API_KEY and LIVEKIT_API_SECRET: set secrets.livekitApiKey and secrets.livekitApiSecret, or secrets.existingSecret with those keys." }}
{{- end }}
{{- end }}
{{- if not (hasPrefix "https://" .Values.publicUrl) }}
{{- fail (printf "publicUrl must be the https:// address people use (got %q): the app runs in production mode, with Secure cookies." .Values.publicUrl) }}
{{- end }}
{{- end }}

{{/*
One environment variable from the Secret. With a Secret of the chart's, only the values that
were given are in it; with existingSecret, a key the app can do without is optional.
*/}}
{{- define "ods.secretEnv" -}}
{{- $root := index . 0 }}
{{- $name := index . 1 }}
{{- $value := index . 2 }}
{{- $required := index . 3 }}
{{- if or $root.Values.secrets.existingSecret $value }}
- name: {{ $name }}
  valueFrom:
    secretKeyRef:
      name: {{ include "ods.secretName" $root }}
      key: {{ $name }}
      {{- if not $required }}
      optional: true
      {{- end }}
{{- end }}
{{- end }}

{{/* The app's secret settings, as they apply to these values. */}}
{{- define "ods.secretEnvs" -}}
{{- $postgres := eq .Values.database.type "postgresql" }}
{{- include "ods.secretEnv" (list . "SESSION_SECRET" .Values.secrets.sessionSecret $postgres) }}
{{- if $postgres }}
{{- include "ods.secretEnv" (list . "DATABASE_URL" .Values.secrets.databaseUrl true) }}
{{- end }}
{{- if .Values.redis.enabled }}
{{- include "ods.secretEnv" (list . "REDIS_URL" .Values.secrets.redisUrl true) }}
{{- end }}
{{- include "ods.secretEnv" (list . "SMTP_URL" .Values.secrets.smtpUrl false) }}
{{- if .Values.config.livekitUrl }}
{{- include "ods.secretEnv" (list . "LIVEKIT_API_KEY" .Values.secrets.livekitApiKey true) }}
{{- include "ods.secretEnv" (list . "LIVEKIT_API_SECRET" .Values.secrets.livekitApiSecret true) }}
{{- end }}
{{- include "ods.secretEnv" (list . "METRICS_TOKEN" .Values.secrets.metricsToken false) }}
{{- end }}
